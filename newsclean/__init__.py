"""newsclean: turn scraped news articles into clean, structured data.

    >>> from newsclean import process
    >>> article = process(open("article.txt", "rb").read(), source="article.txt")
    >>> article.headline, article.body, article.to_dict()
"""
from .core import process, process_file
from .errors import EmptyArticleError, InputError, NewscleanError
from .model import Article, Official, Quote, Removal

__version__ = "0.1.0"
__all__ = ["process", "process_file", "Article", "Quote", "Official", "Removal",
           "NewscleanError", "InputError", "EmptyArticleError", "__version__"]
