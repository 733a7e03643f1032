using System.Text;

namespace OmsHandbook.Tests.Robustness.Fuzzing;

/// <summary>
/// Breaks input files the way hurried edits, bad merges and hostile pull requests do: bytes and lines
/// deleted, inserted, duplicated and swapped, files cut short. Seeded, so a failure replays exactly.
/// </summary>
public sealed class InputMutator(int seed)
{
    /// <summary>Bytes that mean something to YAML, Markdown, HTML or UTF-8, tried more often than chance would.</summary>
    private static readonly byte[] Interesting = Encoding.ASCII.GetBytes("-:#[]{}()*>|&!%@`'\"<>\\\n\t\r ~_=+.0123456789")
        .Concat(new byte[] { 0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xEF, 0xF0, 0xFF })
        .ToArray();

    private static readonly string[] InterestingLines =
    [
        "---", ":::", "::: emergency", ":::urgent Call now:", "- ", "> ", "    indented", "```", "| a | b |", "|---|---|",
        "[@", "[@nobody]", "[x](glossary:)", "[x](#)", "[x](../../etc/passwd)", "![x](../media/none.png)", "<span lang=\"fr\">",
        "title:", "- term: Opsoclonus", "- question:", "  answer: |", "? [a, b]", "&a [*a, *a]", "*a", "!!binary", "%YAML 1.1",
        "## ", "#", "order: 99999999999", "last_reviewed: 0000-00-00", "aliases: [/, //, /../]", "\t- tab", "\uFEFF",

        // Values that reach other files, dates at the calendar's ends, ids the layout uses, invisible characters.
        "aliases: [\"/a /* https://evil.example/ 200!\"]", "aliases: [\"/*\", \"/:splat\"]", "base_url: \"https://example.org\\nDisallow: /\"",
        "language: English", "repository: javascript:alert(1)", "  url: javascript:alert(1)", "  url: https://a@evil.example/", "  doi: \"10.1/x y\"",
        "last_reviewed: 9999-12-31", "next_review: 9999-12-31", "last_reviewed: 0001-01-01", "last_reviewed: 2099-01-01",
        "- id: main-content", "- question: 什么？", "## Glossary tips", "## Source 1", "## Main content", "\u0007\u001B[2J", "\u0085\u2028",
    ];

    private readonly Random random = new(seed);

    /// <summary>Applies one random mutation to one of the files, chosen by size so chapters take most of them; returns what it did.</summary>
    public string MutateOne(IDictionary<string, byte[]> files)
    {
        var total = files.Values.Sum(f => (long)f.Length + 64);
        var pick = random.NextInt64(total);
        var name = files.Keys.Order(StringComparer.Ordinal).First(k => (pick -= files[k].Length + 64) < 0);
        var (bytes, what) = Mutate(files[name]);
        files[name] = bytes;
        return $"{name}: {what}";
    }

    private (byte[] Bytes, string What) Mutate(byte[] bytes)
    {
        var data = bytes.ToList();
        var lines = SplitLines(bytes);
        switch (random.Next(10))
        {
            case 0 when data.Count > 0:
            {
                var at = random.Next(data.Count);
                var length = Math.Min(data.Count - at, 1 + random.Next(16));
                data.RemoveRange(at, length);
                return (data.ToArray(), $"deleted {length} bytes at {at}");
            }

            case 1:
            {
                var at = random.Next(data.Count + 1);
                var inserted = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => random.Next(3) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)]).ToArray();
                data.InsertRange(at, inserted);
                return (data.ToArray(), $"inserted {Convert.ToHexString(inserted)} at {at}");
            }

            case 2 when data.Count > 0:
            {
                var at = random.Next(data.Count);
                var length = Math.Min(data.Count - at, 1 + random.Next(64));
                var copies = 1 + (random.Next(8) == 0 ? random.Next(200) : 0);
                var range = data.GetRange(at, length);
                for (var i = 0; i < copies; i++)
                {
                    data.InsertRange(at, range);
                }

                return (data.ToArray(), $"duplicated {length} bytes at {at} {copies} times");
            }

            case 3 when data.Count > 1:
            {
                var (a, b) = (random.Next(data.Count), random.Next(data.Count));
                (data[a], data[b]) = (data[b], data[a]);
                return (data.ToArray(), $"swapped bytes {a} and {b}");
            }

            case 4 when lines.Count > 0:
            {
                var at = random.Next(lines.Count);
                lines.RemoveAt(at);
                return (JoinLines(lines), $"deleted line {at + 1}");
            }

            case 5:
            {
                var at = random.Next(lines.Count + 1);
                var line = random.Next(2) == 0 || lines.Count == 0
                    ? Encoding.UTF8.GetBytes(InterestingLines[random.Next(InterestingLines.Length)])
                    : lines[random.Next(lines.Count)];
                lines.Insert(at, line);
                return (JoinLines(lines), $"inserted line {at + 1}: {Encoding.UTF8.GetString(line)}");
            }

            case 6 when lines.Count > 0:
            {
                var at = random.Next(lines.Count);
                var copies = 1 + (random.Next(8) == 0 ? random.Next(500) : 0);
                lines.InsertRange(at, Enumerable.Repeat(lines[at], copies));
                return (JoinLines(lines), $"duplicated line {at + 1} {copies} times");
            }

            case 7 when lines.Count > 1:
            {
                var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return (JoinLines(lines), $"swapped lines {a + 1} and {b + 1}");
            }

            case 8 when data.Count > 0:
            {
                var at = random.Next(data.Count);
                return (data.Take(at).ToArray(), $"truncated to {at} bytes");
            }

            default:
            {
                // Indentation is where YAML and Markdown nesting live.
                if (lines.Count == 0)
                {
                    return (bytes, "left unchanged (empty)");
                }

                var at = random.Next(lines.Count);
                var indent = Encoding.ASCII.GetBytes(new string(random.Next(2) == 0 ? ' ' : '\t', 1 + random.Next(8)));
                lines[at] = random.Next(2) == 0 ? [.. indent, .. lines[at]] : lines[at].SkipWhile(b => b is (byte)' ' or (byte)'\t').ToArray();
                return (JoinLines(lines), $"changed the indentation of line {at + 1}");
            }
        }
    }

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static byte[] JoinLines(List<byte[]> lines) =>
        lines.SelectMany((line, i) => i == 0 ? line : [(byte)'\n', .. line]).ToArray();
}
