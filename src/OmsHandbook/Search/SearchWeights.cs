namespace OmsHandbook.Search;

/// <summary>How much a match counts in each part of an entry: what a reader sees first counts most.</summary>
public static class SearchWeights
{
    public const double PageTitle = 3.0;
    public const double Heading = 2.5;
    public const double Aliases = 2.0;
    public const double Description = 1.5;
    public const double Text = 1.0;

    /// <summary>A section is also found, weakly, by its page's title ("treatment rituximab").</summary>
    public const double TitleOfSectionPage = 0.4;

    /// <summary>A glossary entry uses its own term more than any page does.</summary>
    public const double OwnTerm = 3.0;
}
