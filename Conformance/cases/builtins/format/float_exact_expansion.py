# description: %-format and format() with large precisions print exact binary expansions of floats
# features: [builtins, float, formatting]
# expect: output
print("%.55f" % 0.1)
print("%.30f" % (1 / 3))
print("{:.60f}".format(0.5 ** 60))
print("{:.20e}".format(0.1))
print("{:.25g}".format(2 / 3))
print("%.0f" % 1e22, "%.0f" % 1e23, "%.0f" % 2.0**70)
print("{:.17g}".format(0.1), "{:.16g}".format(0.1), "{:.15g}".format(0.1))
print("{:f}".format(5e-324)[:12], len("{:f}".format(1e300)))
print("{:.1100f}".format(5e-324).rstrip("0")[-20:])
print("%.3f %.3f %.3f %.3f" % (0.0005, 0.0015, 0.0025, 1.0005))
print("%r %s" % (1.1, 1.1), "{!r}".format(2.2 + 1.1))
print("{:.2e}".format(9.995), "{:.2e}".format(9.985), "{:.0e}".format(25.0), "{:.0e}".format(35.0))
