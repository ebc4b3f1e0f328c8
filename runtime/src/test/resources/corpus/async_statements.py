"""async for and async with."""


async def copy(source, sink):
    async with source as s:
        async for item in s:
            await sink.write(item)
