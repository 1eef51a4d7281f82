namespace Ftpy.Parsing.Ast;

/// <summary>Python's expr_context; member names are the Python class names.</summary>
public enum ExprContext { Load, Store, Del }

/// <summary>Python's boolop.</summary>
public enum BoolOperator { And, Or }

/// <summary>Python's operator (binary operators, also used by AugAssign).</summary>
public enum Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

/// <summary>Python's unaryop.</summary>
public enum UnaryOperator { Invert, Not, UAdd, USub }

/// <summary>Python's cmpop.</summary>
public enum CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
