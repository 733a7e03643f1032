using System.Text.RegularExpressions;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;

namespace OmsHandbook.Readability;

/// <summary>One sentence of a page, where it starts, and the measures SMOG needs.</summary>
public sealed record Sentence(string Text, SourceLocation Location, int Words, int LongWords);

/// <summary>Splits prose into sentences and words, counting headings, list items and table cells as sentences (as NHS does).</summary>
public static partial class Sentences
{
    public static IEnumerable<Sentence> Of(ProseBlock block)
    {
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(block.Text))
        {
            var sentence = Measure(block, start, end.Index + end.Length);
            if (sentence is not null)
            {
                yield return sentence;
            }

            start = end.Index + end.Length;
        }

        // The rest of a block is a sentence too: a heading or bullet has no full stop of its own.
        if (Measure(block, start, block.Text.Length) is { } last)
        {
            yield return last;
        }
    }

    private static Sentence? Measure(ProseBlock block, int start, int end)
    {
        var raw = block.Text.AsSpan(start, end - start);
        var trimmed = raw.Trim();
        var (words, longWords) = (0, 0);
        foreach (var match in Word().EnumerateMatches(trimmed))
        {
            var word = trimmed.Slice(match.Index, match.Length);
            words++;
            longWords += HasLetter(word) && Syllables.IsPolysyllabic(word) ? 1 : 0;
        }

        if (words == 0)
        {
            return null;
        }

        var leading = raw.Length - raw.TrimStart().Length;
        return new Sentence(trimmed.ToString(), block.LocationOf(start + leading), words, longWords);
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // A full stop, question or exclamation mark ends a sentence when a new one follows; "e.g." and
    // the like do not, nor do the points in "0.18".
    [GeneratedRegex(@"(?<!\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|approx|No))[.!?]+[)""'’”]*(?=\s+[\p{Lu}\p{N}""'‘“(])")]
    private static partial Regex SentenceEnd();

    // Hyphenated words are counted as their parts: "long-term" is two easy words, not one long one.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();
}
