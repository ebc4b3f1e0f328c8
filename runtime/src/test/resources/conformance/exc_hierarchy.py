# Checks the standard exception hierarchy through issubclass and catching by base class.
pairs = [
    (IndexError, LookupError), (KeyError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (TypeError, ValueError), (AssertionError, Exception), (AttributeError, Exception),
    (UnicodeError, ValueError), (bool, int), (ModuleNotFoundError, ImportError),
]
for sub, base in pairs:
    print(f"{sub.__name__:20} <= {base.__name__:15} {issubclass(sub, base)}")
def catch(exc, handler_type):
    try:
        raise exc
    except handler_type as e:
        return f"{handler_type.__name__} caught {type(e).__name__}"
    except BaseException as e:
        return f"{handler_type.__name__} missed {type(e).__name__}"
print(catch(KeyError("k"), LookupError))
print(catch(IndexError(), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(RecursionError(), RuntimeError))
print(catch(ValueError(), LookupError))
print(catch(SystemExit(), Exception))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(BaseException.__bases__[0].__name__, Exception.__base__.__name__)
