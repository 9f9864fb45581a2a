"""Paragraphs → clean paragraphs and the record of every removal: character fixes and artifact rules."""
