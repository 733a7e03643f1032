using OmsHandbook.Tests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>Every class here drives Chromium, so each carries the Browser tier and CI's browser job runs it; this check needs no browser.</summary>
[Trait("Tier", "Browser")]
public sealed class TierTests
{
    [Fact]
    public void Every_test_class_of_this_project_is_in_the_browser_tier()
    {
        var classes = Tiers.OfTestClasses(typeof(TierTests).Assembly);

        Assert.Contains(typeof(SearchTests), classes.Keys);
        Assert.Empty(Tiers.Misfiled(typeof(TierTests).Assembly, [Tiers.Browser]));
    }
}
