using System;

namespace GoOS.BootSuites
{
    /// <summary>Ordinary C# in the real kernel: classes, structs, interfaces with real dispatch,
    /// generics with generic virtual methods, delegates and closures, static constructors,
    /// enums, Nullable&lt;T&gt; and spans.</summary>
    internal static class LanguageSuite
    {
        private interface IShape
        {
            int Area();
            string Name { get; }
            int Twice() => 2 * Area();   // default interface method
        }

        private sealed class Square : IShape { public int Side; public int Area() => Side * Side; public string Name => "square"; }
        private sealed class Rect : IShape { public int W, H; public int Area() => W * H; public string Name => "rect"; }
        private sealed class Tri : IShape { public int B, H; public int Area() => B * H / 2; public string Name => "tri"; public int Twice() => B * H; }
        private struct Dot : IShape { public int Area() => 0; public string Name => "dot"; }
        private class Poly : IShape { public virtual int Area() => 1; public string Name => "poly"; }
        private sealed class Hexagon : Poly { public override int Area() => 6; }

        private abstract class Animal
        {
            public abstract string Sound();
            public virtual string Describe() => "animal says " + Sound();
            public virtual T Convert<T>(T value) => value;   // generic virtual method
        }
        private class Dog : Animal
        {
            public override string Sound() => "woof";
            public override T Convert<T>(T value) => typeof(T) == typeof(int) ? (T)(object)((int)(object)value + 1) : value;
        }
        private sealed class Puppy : Dog
        {
            public override string Describe() => "puppy: " + base.Describe();
            public override T Convert<T>(T value) => base.Convert(base.Convert(value));
        }
        private class Cat : Animal { public override string Sound() => "meow"; }

        private interface IVisitor { string Visit<T>(T value); }   // generic virtual method on an interface
        private sealed class TypeNamer : IVisitor { public string Visit<T>(T value) => typeof(T) == typeof(int) ? "int" : typeof(T) == typeof(string) ? "string" : "other"; }
        private sealed class Counter : IVisitor { public int Count; public string Visit<T>(T value) { Count++; return "counted"; } }

        private struct Point
        {
            public int X, Y;
            public Point(int x, int y) { X = x; Y = y; }
            public Point Moved(int dx) { Point copy = this; copy.X += dx; return copy; }
        }

        private sealed class Box<T>
        {
            private readonly T _value;
            public Box(T value) { _value = value; }
            public T Value => _value;
            public Box<TOut> Map<TOut>(Map<T, TOut> map) => new Box<TOut>(map(_value));
        }

        private static T Largest<T>(T[] items) where T : IComparableTo<T>
        {
            T best = items[0];
            for (int i = 1; i < items.Length; i++) if (items[i].GreaterThan(best)) best = items[i];
            return best;
        }
        private interface IComparableTo<T> { bool GreaterThan(T other); }
        private struct Score : IComparableTo<Score> { public int Value; public bool GreaterThan(Score other) => Value > other.Value; }

        private static class Lazy
        {
            public static readonly string Stamp;
            static Lazy() { s_cctorRuns++; Stamp = "initialized"; }
        }
        private static int s_cctorRuns;

        [Flags]
        private enum Access : byte { None = 0, Read = 1, Write = 2, Execute = 4 }
        private enum Color { Red = 1, Green = 2, Blue = 3 }

        private delegate TOut Map<TIn, TOut>(TIn value);
        private delegate int IntSource();
        private delegate void IntSink(int value);

        private static int Apply(Map<int, int> f, int x) => f(x);
        private static int Twice(int x) => 2 * x;

        public static int Run()
        {
            var suite = new BootTestSuite("language", 13);

            suite.Test("interface-dispatch-many-implementers", () =>
            {
                IShape[] shapes = { new Square { Side = 3 }, new Rect { W = 2, H = 5 }, new Tri { B = 4, H = 3 }, new Dot(), new Poly(), new Hexagon() };
                int total = 0;
                string names = "";
                for (int i = 0; i < shapes.Length; i++) { total += shapes[i].Area(); names = names + shapes[i].Name + ","; }
                Check.Equal(9 + 10 + 6 + 0 + 1 + 6, total, "sum of areas");
                Check.Equal("square,rect,tri,dot,poly,poly,", names, "names");
                Check.Equal(18, shapes[0].Twice(), "default interface method");
                Check.Equal(12, shapes[2].Twice(), "overridden default method");
            });

            suite.Test("virtual-and-base-calls", () =>
            {
                Animal[] animals = { new Dog(), new Cat(), new Puppy() };
                Check.Equal("animal says woof", animals[0].Describe(), "dog");
                Check.Equal("animal says meow", animals[1].Describe(), "cat");
                Check.Equal("puppy: animal says woof", animals[2].Describe(), "puppy calls base");
                Check.True(animals[2] is Dog && !(animals[1] is Dog), "is checks");
            });

            suite.Test("generic-virtual-methods", () =>
            {
                Animal[] animals = { new Dog(), new Cat(), new Puppy() };
                Check.Equal(11, animals[0].Convert(10), "Dog.Convert<int>");
                Check.Equal(10, animals[1].Convert(10), "Animal.Convert<int> on Cat");
                Check.Equal(12, animals[2].Convert(10), "Puppy.Convert<int> through base");
                Check.Equal("s", animals[0].Convert("s"), "Dog.Convert<string>");
                IVisitor[] visitors = { new TypeNamer(), new Counter() };
                Check.Equal("int", visitors[0].Visit(1), "interface GVM with int");
                Check.Equal("string", visitors[0].Visit("x"), "interface GVM with string");
                Check.Equal("counted", visitors[1].Visit(2.5), "interface GVM on another class");
            });

            suite.Test("structs-are-values", () =>
            {
                Point a = new Point(1, 2);
                Point b = a;
                b.X = 10;
                Check.Equal(1, a.X, "copy is independent");
                Check.Equal(11, a.Moved(10).X, "method on a copy");
                object boxed = a;
                a.Y = 50;
                Check.Equal(2, ((Point)boxed).Y, "boxed copy");
                IShape dot = new Dot();
                Check.Equal("dot", dot.Name, "interface call on boxed struct");
            });

            suite.Test("generic-classes-and-methods", () =>
            {
                var box = new Box<int>(20);
                Box<string> text = box.Map(v => v == 20 ? "twenty" : "?");
                Check.Equal("twenty", text.Value, "Map to string");
                Check.Equal(21, box.Map(v => v + 1).Value, "Map to int");
                Score[] scores = { new Score { Value = 3 }, new Score { Value = 9 }, new Score { Value = 4 } };
                Check.Equal(9, Largest(scores).Value, "constrained generic method");
            });

            suite.Test("delegates", () =>
            {
                Map<int, int> staticDelegate = Twice;
                Check.Equal(14, Apply(staticDelegate, 7), "static method");
                var instance = new LanguageSuiteHolder();
                Map<int, int> instanceDelegate = instance.Target.AddOffset;
                Check.Equal(12, Apply(instanceDelegate, 7), "instance method");
                IntSink action = null;
                int sum = 0;
                action = v => sum += v;
                action(5);
                action(6);
                Check.Equal(11, sum, "lambda as IntSink");
                Check.True(staticDelegate.Target == null && instanceDelegate.Target == instance.Target, "Target");
            });

            suite.Test("multicast-delegates", () =>
            {
                string log = "";
                Action first = () => log += "a";
                Action second = () => log += "b";
                Action both = first + second;
                both();
                Check.Equal("ab", log, "both run in order");
                both += first;
                Check.Equal(3, both.GetInvocationList().Length, "three entries");
                log = "";
                both -= first;
                both();
                Check.Equal("ab", log, "-= removes the last occurrence");
                Func<int, int> square = x => x * x;
                Func<int, int> negate = x => -x;
                Check.Equal(-3, (square + negate)(3), "a multicast Func returns the last result");
                Check.True((both - first - second) == null, "removing everything gives null");
            });

            suite.Test("capturing-lambdas", () =>
            {
                int counter = 0;
                IntSource next = () => ++counter;
                next(); next();
                Check.Equal(2, counter, "closure writes the captured local");
                Map<int, Map<int, int>> adder = x => y => x + y;
                Check.Equal(7, adder(3)(4), "nested closures");
                IntSource[] makers = new IntSource[3];
                for (int i = 0; i < 3; i++) { int copy = i; makers[i] = () => copy * 10; }
                Check.Equal(20, makers[2](), "each closure has its own copy");
            });

            suite.Test("static-constructors", () =>
            {
                Check.Equal(0, s_cctorRuns, "not run before first access");
                Check.Equal("initialized", Lazy.Stamp, "first access runs it");
                Check.Equal("initialized", Lazy.Stamp, "second access");
                Check.Equal(1, s_cctorRuns, "ran exactly once");
            });

            suite.Test("enums", () =>
            {
                Access access = Access.Read | Access.Write;
                Check.True((access & Access.Write) != 0 && (access & Access.Execute) == 0, "flag tests");
                Check.Equal(3, (int)access, "numeric value");
                Color color = (Color)2;
                string name = color switch { Color.Red => "red", Color.Green => "green", _ => "other" };
                Check.Equal("green", name, "switch on enum");
                Check.True(access.HasFlag(Access.Read), "HasFlag");
            });

            suite.Test("nullable", () =>
            {
                int? missing = null;
                int? present = 5;
                Check.True(!missing.HasValue && present.HasValue, "HasValue");
                Check.Equal(7, (missing ?? 7) + 0, "?? on null");
                Check.Equal(6, (present + 1).Value, "lifted +");
                Check.True((missing + 1) == null, "lifted + on null is null");
                Check.Throws<InvalidOperationException>(() => s_sink = missing.Value, "Value of null");
                object boxed = present;
                Check.Equal(5, (int)boxed, "boxes to the underlying value");
                Check.True((object)missing == null, "null boxes to null");
            });

            suite.Test("spans-and-stackalloc", () =>
            {
                int[] numbers = { 1, 2, 3, 4, 5 };
                Span<int> middle = new Span<int>(numbers).Slice(1, 3);
                middle[0] = 20;
                Check.Equal(20, numbers[1], "span writes through");
                Check.Equal(3, middle.Length, "length");
                Span<byte> buffer = stackalloc byte[16];
                for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)i;
                int total = 0;
                foreach (byte b in buffer) total += b;
                Check.Equal(120, total, "stackalloc span");
                Check.Throws<IndexOutOfRangeException>(() => { Span<int> s = numbers; s[5] = 0; }, "span bounds");
            });

            suite.Test("arrays-of-references-covariance", () =>
            {
                object[] objects = new string[2];
                objects[0] = "ok";
                Check.Throws<ArrayTypeMismatchException>(() => objects[1] = new object(), "store wrong type");
                Check.True(objects is string[], "is string[]");
                int[][] jagged = { new[] { 1 }, new[] { 2, 3 } };
                Check.Equal(3, jagged[1][1], "jagged array");
            });

            return suite.Finish();
        }

        private static int s_sink;

        private sealed class LanguageSuiteHolder
        {
            public readonly Target Target = new Target();
        }

        private sealed class Target
        {
            private readonly int _offset = 5;
            public int AddOffset(int x) => x + _offset;
        }
    }
}
