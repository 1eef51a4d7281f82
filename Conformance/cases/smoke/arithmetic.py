# description: int and float arithmetic, floor division and modulo of negatives
# features: [int, float, operators]
# expect: output

print(2 ** 100)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3)
print(divmod(-17, 5))
print(0.1 + 0.2, 1 / 3, 2.5e-3 * 4)
print(round(2.675, 2), round(0.5), round(1.5))
print(int("-0042"), float("inf") > 10 ** 308)
