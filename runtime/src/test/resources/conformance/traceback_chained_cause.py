# raise ... from ...: both tracebacks, joined by the direct-cause sentence.
class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        settings.pop(key)
    except KeyError as error:
        raise ConfigError(f"missing setting {key}") from error


print("loading")
load({"a": 1}, "a")
load({"a": 1}, "b")
