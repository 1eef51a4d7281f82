from _circ.c import C
D = "d"
