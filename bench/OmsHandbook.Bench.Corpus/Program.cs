using System.CommandLine;
using OmsHandbook.Bench.Corpus;

// Writes a synthetic handbook (see CorpusGenerator), or turns one into a Hugo site for comparison.
var pages = new Option<int>("--pages") { Description = "How many chapters to write.", Required = true };
var output = new Option<string>("--out") { Description = "The input folder to write.", Required = true };
var seed = new Option<int>("--seed") { Description = "Seed of the word model; the same pages and seed give the same bytes.", DefaultValueFactory = _ => CorpusGenerator.DefaultSeed };
var root = new RootCommand("Writes a synthetic OMS Handbook input folder for benchmarks.") { pages, output, seed };
root.SetAction(parse =>
{
    var count = parse.GetValue(pages);
    if (count < 1)
    {
        Console.Error.WriteLine("--pages must be at least 1.");
        return 2;
    }

    var files = CorpusGenerator.WriteTo(parse.GetValue(output)!, count, parse.GetValue(seed));
    Console.WriteLine($"Wrote {files} files ({count} chapters) to {parse.GetValue(output)}");
    return 0;
});

var from = new Option<string>("--from") { Description = "A handbook input folder (e.g. one this tool wrote).", Required = true };
var hugoOut = new Option<string>("--out") { Description = "The Hugo site folder to write.", Required = true };
var hugo = new Command("hugo", "Converts a handbook input folder into a Hugo site with the same Markdown.") { from, hugoOut };
hugo.SetAction(parse =>
{
    var written = HugoSite.Convert(parse.GetValue(from)!, parse.GetValue(hugoOut)!);
    Console.WriteLine($"Wrote a Hugo site of {written} pages to {parse.GetValue(hugoOut)}");
    return 0;
});
root.Add(hugo);

return root.Parse(args).Invoke();
