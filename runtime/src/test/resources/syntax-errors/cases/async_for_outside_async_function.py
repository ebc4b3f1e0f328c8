def f(x):
    async for i in x:
        pass
