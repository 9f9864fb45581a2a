"""Headline, section, standfirst, byline and date: from front matter, page metadata or the text's first lines."""
