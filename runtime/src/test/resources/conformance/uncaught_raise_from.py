# Checks an uncaught exception raised with "raise ... from ..." (explicit cause).
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError(f"bad port setting: {text!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port


for text in ["8080", "0", "x"]:
    try:
        print("port", parse_port(text))
    except ConfigError as e:
        print("caught:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
print("port", parse_port("443"))
print("port", parse_port("80a"))
print("not reached")
