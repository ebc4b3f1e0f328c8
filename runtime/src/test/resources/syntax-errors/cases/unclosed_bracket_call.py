print(foo(1, 2)
