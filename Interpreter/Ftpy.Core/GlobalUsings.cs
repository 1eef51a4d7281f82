global using ThreadState = Ftpy.Runtime.ThreadState;
