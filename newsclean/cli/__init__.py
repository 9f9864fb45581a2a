"""The ``newsclean`` command: the only package that imports click or rich."""
