using System.Reflection;

namespace OmsHandbook.Tests.Support;

/// <summary>
/// The tiers a test class belongs to, each carried as a class-level <c>[Trait("Tier", "…")]</c> so a
/// filter can pick them: <c>dotnet test tests/OmsHandbook.Tests --filter "Tier!=Slow"</c> is the fast
/// loop (CONTRIBUTING.md), and the pull-request workflow runs each tier as its own job.
/// </summary>
public static class Tiers
{
    /// <summary>The trait's name, as a <c>--filter</c> names it.</summary>
    public const string Trait = "Tier";

    /// <summary>No whole build: a function, a renderer, a script in a sandbox.</summary>
    public const string Unit = "Unit";

    /// <summary>Builds a site (the small handbook, the real one, or a few pages) and reads what it wrote.</summary>
    public const string Site = "Site";

    /// <summary>Seconds each: the fuzz test, thousands of pages, megabyte chapters. CI runs them in a job of their own.</summary>
    public const string Slow = "Slow";

    /// <summary>Drives Chromium; every class of the browser project and no other.</summary>
    public const string Browser = "Browser";

    public static IReadOnlyList<string> All { get; } = [Unit, Site, Slow, Browser];

    /// <summary>Every class of the assembly that holds a test ([Fact], [Theory] or one derived from them), with the tiers it carries.</summary>
    public static IReadOnlyDictionary<Type, IReadOnlyList<string>> OfTestClasses(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()))
            .ToDictionary(t => t, TiersOf);

    /// <summary>The classes that do not carry exactly one tier out of <paramref name="allowed"/>, each with what it carries, for a failure message.</summary>
    public static IReadOnlyList<string> Misfiled(Assembly assembly, IReadOnlyCollection<string> allowed) =>
        OfTestClasses(assembly)
            .Where(c => c.Value.Count != 1 || !allowed.Contains(c.Value[0]))
            .Select(c => $"{c.Key.FullName}: [{string.Join(", ", c.Value)}], expected one of {string.Join(", ", allowed)}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IReadOnlyList<string> TiersOf(Type type) =>
        type.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == Trait)
            .Select(a => (string)a.ConstructorArguments[1].Value!)
            .ToList();
}
