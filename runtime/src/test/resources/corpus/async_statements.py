"""async for and async with parse; Weft does not compile them yet."""


async def copy(source, sink):
    async with source as s:
        async for item in s:
            await sink.write(item)
