using System.CommandLine;
using OmsHandbook.Scaffold;

namespace OmsHandbook.Cli;

/// <summary>`new chapter|term|faq`: starts a chapter file, or appends a glossary or FAQ entry, ready to fill in.</summary>
public sealed class NewCommand(TextWriter stdout, TextWriter stderr)
{
    public Command CreateCommand()
    {
        var command = new Command("new", "Starts a chapter, a glossary term or a FAQ entry with everything the build needs.");
        command.Add(Chapter());
        command.Add(Create("term", "term", "Adds a term to the end of input/glossary.yml.", withToday: false,
            (input, text, _) => GlossaryTermScaffold.Add(input, text)));
        command.Add(Create("faq", "question", "Adds a question to the end of input/faq.yml.", withToday: false,
            (input, text, _) => FaqEntryScaffold.Add(input, text)));
        return command;
    }

    /// <summary>`new chapter "Title"`, or with `--lang es --translates 02-symptoms.md` the translation of an English chapter.</summary>
    private Command Chapter()
    {
        var language = new Option<string?>("--lang") { Description = "Start a translation in input/LANG/chapters/ (e.g. es) instead of an English chapter; needs --translates." };
        var original = new Option<string?>("--translates") { Description = "With --lang: the English chapter's file name, e.g. 02-symptoms.md." };
        var command = Create("chapter", "title", "Writes input/chapters/NN-slug.md with the next number and valid front matter.", withToday: true,
            (input, text, today, parse) => parse.GetValue(language) is { } lang
                ? parse.GetValue(original) is { } of
                    ? TranslationScaffold.Create(input, lang, of, text, today)
                    : ScaffoldResult.Refused("--lang needs --translates with the English chapter's file name, e.g. --translates 02-symptoms.md")
                : ChapterScaffold.Create(input, text, today));
        command.Add(language);
        command.Add(original);
        return command;
    }

    private Command Create(string name, string argumentName, string description, bool withToday, Func<string, string, DateOnly, ScaffoldResult> scaffold) =>
        Create(name, argumentName, description, withToday, (input, text, today, _) => scaffold(input, text, today));

    private Command Create(string name, string argumentName, string description, bool withToday, Func<string, string, DateOnly, ParseResult, ScaffoldResult> scaffold)
    {
        var command = new Command(name, description);
        var text = new Argument<string>(argumentName) { Description = $"The {argumentName}, in quotes." };
        var input = new Option<string>("--input") { Description = "The handbook's input folder.", DefaultValueFactory = _ => "input" };
        var today = new TodayOption("The date written as last_reviewed (YYYY-MM-DD); today when left out.");
        command.Add(text);
        command.Add(input);
        if (withToday)
        {
            today.AddTo(command);
        }

        command.SetAction(async parse =>
        {
            if (await today.ReadAsync(parse, stderr) is not { } day)
            {
                return CommandLine.BadUsage;
            }

            var result = scaffold(parse.GetValue(input)!, parse.GetValue(text)!, day, parse);
            await (result.Written ? stdout : stderr).WriteLineAsync(result.Written ? result.Message : "Nothing written: " + result.Message);
            return result.Written ? CommandLine.Success : CommandLine.Failed;
        });
        return command;
    }
}
