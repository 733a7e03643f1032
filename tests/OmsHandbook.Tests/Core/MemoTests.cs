using OmsHandbook.Core;

namespace OmsHandbook.Tests.Core;

/// <summary>
/// The preview's memo: what a build made is found by the next one under the same content hash, what
/// a whole build no longer asks for is forgotten (so a long preview session does not grow without
/// end), and a table a build never consulted keeps everything (a build that failed before laying out
/// must not throw away every layout).
/// </summary>
[Trait("Tier", "Unit")]
public sealed class MemoTests
{
    [Fact]
    public void A_value_is_made_once_and_found_again_under_the_same_key()
    {
        var memo = new Memo<string>();
        var made = 0;
        memo.Begin();
        Assert.Equal("page A", memo.GetOrMake(ContentHash.Of("a.md", "text"), () => { made++; return "page A"; }));
        memo.Begin();
        Assert.Equal("page A", memo.GetOrMake(ContentHash.Of("a.md", "text"), () => { made++; return "other"; }));

        Assert.Equal(1, made);
        Assert.Equal(0, memo.Made);
    }

    [Fact]
    public void After_a_build_what_it_did_not_ask_for_is_forgotten()
    {
        var memo = new Memo<string>();
        memo.Begin();
        memo.GetOrMake("old", () => "before the edit");
        memo.GetOrMake("kept", () => "unchanged page");
        memo.Sweep();

        memo.Begin();
        memo.GetOrMake("kept", () => "made again");
        memo.GetOrMake("new", () => "after the edit");
        memo.Sweep();

        Assert.False(memo.TryGet("old", out _));
        Assert.True(memo.TryGet("kept", out var kept));
        Assert.Equal("unchanged page", kept);
    }

    [Fact]
    public void A_build_that_never_consulted_a_table_leaves_it_whole()
    {
        var memo = new Memo<string>();
        memo.Begin();
        memo.GetOrMake("layout", () => "bytes");
        memo.Sweep();

        memo.Begin();
        memo.Sweep();

        Assert.True(memo.TryGet("layout", out _));
    }

    [Fact]
    public void Keys_differ_when_any_part_differs_even_where_parts_could_run_together()
    {
        Assert.NotEqual(ContentHash.Of("ab", "c"), ContentHash.Of("a", "bc"));
        Assert.NotEqual(ContentHash.Of("a", null), ContentHash.Of("a", ""));
        Assert.Equal(ContentHash.Of(new string('é', 1000)), ContentHash.Of(new string('é', 1000)));
        Assert.NotEqual(ContentHash.Of(new string('é', 1000)), ContentHash.Of(new string('é', 999) + "e"));
    }
}
