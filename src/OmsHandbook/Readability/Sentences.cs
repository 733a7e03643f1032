using System.Text.RegularExpressions;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;

namespace OmsHandbook.Readability;

/// <summary>One sentence of a page, where it starts, and the measures the readability formulas need.</summary>
/// <param name="LongWords">Words of three or more syllables (what SMOG counts).</param>
/// <param name="Syllables">Every word's syllables (what Szigriszt-Pazos counts); a word with no vowel, such as a number, counts one.</param>
public sealed record Sentence(string Text, SourceLocation Location, int Words, int LongWords, int Syllables);

/// <summary>Splits prose into sentences and words, counting headings, list items and table cells as sentences (as NHS does).</summary>
public static partial class Sentences
{
    /// <summary>The sentences of a block, split where a sentence of that language ends and its words counted by that language's syllables.</summary>
    public static IEnumerable<Sentence> Of(ProseBlock block, ProseLanguage language)
    {
        var spanish = language == ProseLanguage.Spanish;
        var start = 0;
        foreach (Match end in (spanish ? SpanishSentenceEnd() : SentenceEnd()).Matches(block.Text))
        {
            var sentence = Measure(block, start, end.Index + end.Length, spanish);
            if (sentence is not null)
            {
                yield return sentence;
            }

            start = end.Index + end.Length;
        }

        // The rest of a block is a sentence too: a heading or bullet has no full stop of its own.
        if (Measure(block, start, block.Text.Length, spanish) is { } last)
        {
            yield return last;
        }
    }

    private static Sentence? Measure(ProseBlock block, int start, int end, bool spanish)
    {
        var raw = block.Text.AsSpan(start, end - start);
        var trimmed = raw.Trim();
        var (words, longWords, syllables) = (0, 0, 0);
        foreach (var match in Word().EnumerateMatches(trimmed))
        {
            var word = trimmed.Slice(match.Index, match.Length);
            var count = spanish ? SpanishSyllables.Count(word) : Syllables.Count(word);
            words++;
            syllables += count;
            longWords += HasLetter(word) && count >= 3 ? 1 : 0;
        }

        if (words == 0)
        {
            return null;
        }

        var leading = raw.Length - raw.TrimStart().Length;
        return new Sentence(trimmed.ToString(), block.LocationOf(start + leading), words, longWords, syllables);
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

    // A Spanish sentence may open with ¿, ¡ or «, so those start the next one too; Spanish has its own
    // abbreviations ("p. ej.", "Dra.", "aprox."), and no "No." for a number, so "¿Es hereditario? No." ends one.
    [GeneratedRegex(@"(?<!\b(?:ej|etc|vs|Dr|Dra|Sr|Sra|Srta|Ud|Uds|aprox|núm|pág|fig|tel))[.!?]+[)""'’”»]*(?=\s+[\p{Lu}\p{N}""'‘“«¿¡(])")]
    private static partial Regex SpanishSentenceEnd();

    // Hyphenated words are counted as their parts: "long-term" is two easy words, not one long one.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();
}
