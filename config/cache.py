"""The app's Redis cache: django-redis, except that emptying it deletes the cache's own keys.

django-redis's ``clear()`` is a FLUSHDB: whatever else lives in the database goes with it — the
Celery queue, when the cache was once configured into the broker's database. The cache has a
database of its own (settings: REDIS_CACHE_URL) and, besides, empties only what it wrote: every
key of its KEY_PREFIX, of any version (Django's keys are ``prefix:version:key``; kombu's — the
queues, ``_kombu.binding.*``, ``unacked*`` — never begin with a prefix and a colon).
"""

from django_redis.cache import RedisCache as DjangoRedisCache, omit_exception
from django_redis.client.default import _main_exceptions, glob_escape
from django_redis.exceptions import ConnectionInterrupted

BATCH = 1000


class RedisCache(DjangoRedisCache):
    @omit_exception
    def clear(self) -> None:
        client = self.client.get_client(write=True)
        pattern = f"{glob_escape(self.key_prefix)}:*"
        try:
            batch = []
            for key in client.scan_iter(match=pattern, count=BATCH):
                batch.append(key)
                if len(batch) == BATCH:
                    client.unlink(*batch)
                    batch = []
            if batch:
                client.unlink(*batch)
        except _main_exceptions as exc:
            raise ConnectionInterrupted(connection=client) from exc
