using System.Globalization;

namespace OmsHandbook.Content;

/// <summary>
/// Hands out ids unique within one page: a repeat of "eye-movements" gets "eye-movements-2", then
/// "-3". Each base remembers the next number to try, so a page of thousands of identical headings
/// costs linear time, not a search from "-2" for every one.
/// </summary>
/// <param name="isReserved">Ids the page takes for itself, which content never gets.</param>
public sealed class UniqueIds(Func<string, bool> isReserved)
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> nextNumber = new(StringComparer.Ordinal);

    public string Claim(string baseId)
    {
        if (!isReserved(baseId) && used.Add(baseId))
        {
            return baseId;
        }

        var n = nextNumber.GetValueOrDefault(baseId, 2);
        string id;
        do
        {
            id = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
            n++;
        }
        while (isReserved(id) || !used.Add(id));

        nextNumber[baseId] = n;
        return id;
    }
}
