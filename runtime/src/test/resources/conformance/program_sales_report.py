"""A sales report: aggregates generated orders and prints aligned tables, as a reporting script
would. Mixes collections, itertools, functools, math, random and every formatting style."""
import math
import random
from collections import Counter, OrderedDict, defaultdict, namedtuple
from functools import reduce
from itertools import accumulate, groupby

Order = namedtuple("Order", "order_id region product quantity unit_price day")

REGIONS = ["North", "South", "East", "West", "Central"]
PRODUCTS = OrderedDict([
    ("widget", 2.50), ("gadget", 12.99), ("doohickey", 0.35), ("gizmo", 149.0),
    ("thingamajig", 7.125), ("whatsit", 1234.5),
])


def generate(n, seed):
    rng = random.Random(seed)
    names = list(PRODUCTS)
    orders = []
    for i in range(n):
        product = rng.choice(names)
        quantity = rng.randint(1, 40) if product != "whatsit" else rng.randint(1, 3)
        price = PRODUCTS[product] * (1 + rng.uniform(-0.1, 0.1))
        orders.append(Order(1000 + i, rng.choice(REGIONS), product, quantity,
                            round(price, 2), rng.randrange(1, 31)))
    return orders


def revenue(order):
    return order.quantity * order.unit_price


def mean_and_stdev(values):
    n = len(values)
    mean = math.fsum(values) / n
    var = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    return mean, math.sqrt(var)


def table(title, header, rows, formats):
    widths = [max(len(h), *(len(f.format(r[i])) for r in rows)) for i, (h, f) in
              enumerate(zip(header, formats))]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(title.center(len(line), "="))
    print(line)
    print("| " + " | ".join(h.center(w) for h, w in zip(header, widths)) + " |")
    print(line.replace("-", "="))
    for r in rows:
        cells = []
        for i, (f, w) in enumerate(zip(formats, widths)):
            text = f.format(r[i])
            cells.append(text.ljust(w) if isinstance(r[i], str) else text.rjust(w))
        print("| " + " | ".join(cells) + " |")
    print(line)


def main():
    orders = generate(400, seed=2026)
    print(f"{len(orders)} orders, first: {orders[0]}")
    print("last as dict:", orders[-1]._asdict())

    by_region = defaultdict(list)
    for o in orders:
        by_region[o.region].append(revenue(o))
    rows = []
    for region in sorted(by_region, key=lambda r: -sum(by_region[r])):
        values = by_region[region]
        mean, sd = mean_and_stdev(values)
        rows.append((region, len(values), math.fsum(values), mean, sd, max(values)))
    table("Revenue by region", ["region", "orders", "total", "mean", "stdev", "largest"], rows,
          ["{}", "{:d}", "{:,.2f}", "{:.2f}", "{:.3e}", "{:>12,.1f}"])

    units = Counter()
    for o in orders:
        units[o.product] += o.quantity
    print("\nTop products by units:")
    for rank, (product, n) in enumerate(units.most_common(4), 1):
        bar = "#" * (n // 40)
        print("%2d. %-12s %6d %s" % (rank, product, n, bar))
    print("units total:", sum(units.values()), "| least:", units.most_common()[-1])

    daily = sorted(orders, key=lambda o: o.day)
    per_day = [(day, sum(revenue(o) for o in group)) for day, group in groupby(daily, key=lambda o: o.day)]
    running = list(accumulate(v for _, v in per_day))
    print("\nRunning revenue (every fifth day):")
    for (day, value), total in list(zip(per_day, running))[::5]:
        print("  day {:>2}: {:>10.2f} {:>12,.2f} {:6.1%}".format(day, value, total, total / running[-1]))

    price_matrix = defaultdict(dict)
    for o in orders:
        cell = price_matrix[o.product]
        cell[o.region] = max(cell.get(o.region, 0.0), o.unit_price)
    print("\nHighest unit price seen:")
    print(" " * 12 + "".join(f"{r:>10}" for r in REGIONS))
    for product in PRODUCTS:
        cells = "".join(f"{price_matrix[product].get(r, float('nan')):>10.2f}" for r in REGIONS)
        print(f"{product:<12}{cells}")

    big = [o for o in orders if revenue(o) > 1000]
    print(f"\n{len(big)} orders over 1,000; largest: {max(big, key=revenue).order_id}")
    product_of = reduce(lambda acc, o: acc * (1 + o.quantity % 3) % 1000003, orders, 1)
    print("checksum:", product_of, hex(product_of), f"{product_of:_b}")
    total = math.fsum(revenue(o) for o in orders)
    print(f"grand total {total:,.2f} = {total!r} ~ {total:.4g} ~ {total:e} ~ {round(total, -3):.0f}")
    print("%(n)d orders, %(avg).3f average, %(pct)5.1f%% in the North" % {
        "n": len(orders), "avg": total / len(orders),
        "pct": 100 * math.fsum(by_region["North"]) / total})


if __name__ == "__main__":
    main()
