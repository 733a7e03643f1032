namespace OmsHandbook.Search;

/// <summary>
/// Text to the tokens of one language's index: folded words (<see cref="SearchTokenizer.Words"/>), stop
/// words dropped, words of a–z stemmed; a word with digits or of another script is its own token.
/// </summary>
public sealed class SearchNormaliser(SearchLanguage language)
{
    public SearchLanguage Language => language;

    public IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (var word in SearchTokenizer.Words(text))
        {
            if (Token(word) is { } token)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>One folded word as a token, or null for a stop word.</summary>
    public string? Token(string word) =>
        language.StopWords.Contains(word) ? null : IsAsciiLetters(word) ? language.Stem(word) : word;

    private static bool IsAsciiLetters(string word) => word.All(char.IsAsciiLetterLower);
}
