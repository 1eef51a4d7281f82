print("Hello from ftpy")
