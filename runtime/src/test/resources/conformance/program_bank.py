# Program: bank-account simulation with an exception hierarchy, context-managed transactions and a ledger.


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account.number, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return f"account {self.account.number} has {self.account.balance}, needs {self.amount}"


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0, overdraft=0):
        Account.next_number += 1
        self.number = Account.next_number
        self.owner = owner
        self._balance = balance
        self.overdraft = overdraft
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"withdrawal must be positive, got {amount}")
        if self._balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"<{type(self).__name__} {self.number} {self.owner}: {self._balance}>"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate_percent = rate_percent

    def add_interest(self):
        interest = self._balance * self.rate_percent // 100
        if interest:
            self.deposit(interest)
        return interest


class Transaction:
    """Context manager: snapshots balances and restores them if the block fails."""

    def __init__(self, bank, *accounts):
        self.bank = bank
        self.accounts = accounts

    def __enter__(self):
        self.snapshot = [(a, a._balance, len(a.history)) for a in self.accounts]
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            self.bank.ledger.append("commit")
            return False
        for account, balance, hist_len in self.snapshot:
            account._balance = balance
            del account.history[hist_len:]
        self.bank.ledger.append(f"rollback ({et.__name__})")
        return issubclass(et, BankError)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.ledger = []

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        with Transaction(self, a, b):
            b.deposit(amount)
            a.withdraw(amount)
            return True
        return False

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def statement(self):
        for number in sorted(self.accounts):
            a = self.accounts[number]
            moves = ", ".join(f"{k[0]}{v}" for k, v in a.history) or "-"
            yield f"{number} {a.owner:<6} {a.balance:>7} | {moves}"


bank = Bank("Weft Savings")
alice = bank.open(Account, "alice", 100, overdraft=50)
bob = bank.open(SavingsAccount, "bob", 1000, rate_percent=5)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
print("total", bank.total())

operations = [
    ("transfer", alice.number, bob.number, 120),
    ("transfer", alice.number, bob.number, 100),
    ("transfer", bob.number, carol.number, 500),
    ("transfer", carol.number, 9999, 1),
    ("deposit", carol.number, -5),
    ("withdraw", bob.number, 10000),
    ("freeze", carol.number),
    ("transfer", bob.number, carol.number, 10),
    ("interest", bob.number),
]
for op in operations:
    kind, *args = op
    try:
        if kind == "transfer":
            ok = bank.transfer(*args)
            print("transfer", args, "ok" if ok else "rolled back")
        elif kind == "deposit":
            bank.get(args[0]).deposit(args[1])
        elif kind == "withdraw":
            bank.get(args[0]).withdraw(args[1])
        elif kind == "freeze":
            bank.get(args[0]).frozen = True
            print("froze", args[0])
        elif kind == "interest":
            print("interest paid", bank.get(args[0]).add_interest())
    except UnknownAccount as e:
        print("unknown account:", e, "| is KeyError:", isinstance(e, KeyError))
    except InsufficientFunds as e:
        print("insufficient:", e, "| args:", e.args)
    except ValueError as e:
        print("invalid:", e)
print("ledger", bank.ledger)
for line in bank.statement():
    print(line)
print("total", bank.total(), "accounts", len(bank.accounts))
print([type(a).__name__ for a in bank.accounts.values()], [c.__name__ for c in UnknownAccount.__mro__])
try:
    alice.balance = 5
except AttributeError as e:
    print(type(e).__name__, e)
