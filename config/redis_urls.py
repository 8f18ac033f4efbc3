"""Where the cache lives beside the job queue (settings: REDIS_URL, REDIS_CACHE_URL).

The cache and the Celery broker must never share a Redis database: emptying the cache
(``cache.clear()`` on django-redis is a FLUSHDB) would empty the job queue with it. By default
the cache takes the broker's server and the next database number.
"""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from redis.connection import parse_url

DEFAULT_DATABASES = 16  # redis-server's `databases`: 0 to 15


class RedisUrlError(ValueError):
    pass


def redis_database(url: str) -> int:
    return int(parse_url(url).get("db", 0))


def redis_database_next(url: str) -> str:
    """The same server as ``url``, the next database: ``redis://h:6379/0`` → ``redis://h:6379/1``."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss"):
        raise RedisUrlError(f"no database of the cache can be derived from a {parts.scheme}:// URL")
    following = redis_database(url) + 1
    if following >= DEFAULT_DATABASES:
        raise RedisUrlError(
            f"its database is redis-server's last (of {DEFAULT_DATABASES}): there is no next"
        )
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "db"])
    return urlunsplit(parts._replace(path=f"/{following}", query=query))


def redis_same_database(first: str, second: str) -> bool:
    """Whether two URLs name one database of one server (as written: a host name and its
    address are two servers here)."""

    def where(url: str) -> tuple:
        p = parse_url(url)
        return (p.get("path"), p.get("host", "localhost"), p.get("port", 6379), p.get("db", 0))

    return where(first) == where(second)
