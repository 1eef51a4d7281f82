# description: self-documenting f-string expressions with '=' keep spacing and default to repr
# features: [fstrings, formatting]
# expect: output

x = 10
name = "ann"
print(f"{x=}")
print(f"{x = }")
print(f"{x =}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x*2=}")
print(f"{x * 2 = }")
print(f"{x=:>5}")
print(f"{name=:>6}")
print(f"{name = !r:>8}")
print(f"{len(name)=}")
print(f"{[1, 2][0]=}")
print(f"{x=}{name=}")
pi = 3.14159
print(f"{pi=:.2f}")
print(f"{pi=!s}")

# = with a conditional expression
print(f"{x if x > 5 else 0=}")

# equality operator is not confused with the debug specifier
print(f"{x == 10}")
print(f"{x==10=}")
