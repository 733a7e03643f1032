using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests;

/// <summary>Every test class carries one tier, so a new class cannot drop out of the fast loop or out of CI's jobs unnoticed.</summary>
[Trait("Tier", "Unit")]
public sealed class TierTests
{
    [Fact]
    public void Every_test_class_of_this_project_is_unit_site_or_slow()
    {
        Assert.Empty(Tiers.Misfiled(typeof(TierTests).Assembly, [Tiers.Unit, Tiers.Site, Tiers.Slow]));
    }

    [Fact]
    public void The_check_sees_every_test_class_and_the_tier_it_carries()
    {
        // A positive control: if the check found no classes, or no traits, the test above would pass on nothing.
        var classes = Tiers.OfTestClasses(typeof(TierTests).Assembly);

        Assert.Contains(typeof(TierTests), classes.Keys);
        Assert.Equal([Tiers.Unit], classes[typeof(TierTests)]);
        Assert.Contains(typeof(Markdown.GlossaryLinkTests), classes.Keys);
        Assert.True(classes.Count >= 50, $"{classes.Count} test classes");
        Assert.Equal([Tiers.Unit, Tiers.Site, Tiers.Slow], Tiers.All.Where(t => classes.Values.Any(v => v.Contains(t))).ToList());
    }
}
