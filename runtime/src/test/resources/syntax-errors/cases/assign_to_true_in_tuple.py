a, True = 1, 2
