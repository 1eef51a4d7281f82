from _circ.d import D
C = "c"
