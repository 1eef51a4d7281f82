# description: TypedDict class and functional forms, total=False, Required/NotRequired key sets, plain-dict instances and check errors
# features: [typing, dict]
# min-version: 3.11
# expect: output

from typing import TypedDict, Required, NotRequired

class Movie(TypedDict):
    title: str
    year: int

class Partial(TypedDict, total=False):
    title: Required[str]
    rating: float

class Mixed(TypedDict):
    id: int
    note: NotRequired[str]

m = Movie(title="Blade Runner", year=1982)
print("instance:", m, type(m).__name__)
print("keys:", sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print("total=False:", sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print("NotRequired:", sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
print("no runtime validation:", Movie(title=1))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
Point = TypedDict("Point", {"x": int, "y": int})
print("functional:", Point(x=1, y=2), sorted(Point.__required_keys__))
class Child(Movie, total=False):
    director: str
print("inheritance:", sorted(Child.__required_keys__), sorted(Child.__optional_keys__))
print("annotations:", list(Child.__annotations__))
try:
    class BadBase(TypedDict, int):
        pass
except TypeError as e:
    print("TypeError:", e)
