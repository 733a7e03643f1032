using System.CommandLine;
using System.Globalization;

namespace OmsHandbook.Cli;

/// <summary>`--today YYYY-MM-DD`: the day to use instead of today's date (UTC), so results never depend on the clock when they must not.</summary>
public sealed class TodayOption(string description)
{
    private readonly Option<string?> option = new("--today") { Description = description };

    public void AddTo(Command command) => command.Add(option);

    /// <returns>The day, or null after telling the user the value is not a date.</returns>
    public async Task<DateOnly?> ReadAsync(ParseResult parse, TextWriter stderr)
    {
        if (parse.GetValue(option) is not { } text)
        {
            return DateOnly.FromDateTime(DateTime.UtcNow);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        await stderr.WriteLineAsync($"--today must be a date written as YYYY-MM-DD, not '{text}'.");
        return null;
    }
}
