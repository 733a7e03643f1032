using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OmsHandbook.Theme.Layouts;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Theme;

/// <summary>Renders page views to HTML through the Razor layouts, outside any web server; one caller at a time.</summary>
public sealed class ThemeRenderer : IAsyncDisposable
{
    // An HtmlRenderer keeps every root component it has rendered, with its page view, until it is
    // disposed. A long run renews it after about this many characters of pages, so a large page (a
    // print part holds twenty chapters) is let go of while it is young: kept for the next sixteen
    // pages, the print parts of a 4,000-chapter build lived through enough collections to reach the
    // oldest generation, and the build's peak memory grew by 230 MiB while they were laid out.
    private const int CharactersPerRenderer = 256 * 1024;

    // The renderer takes its encoder from the services: allow every script so pages carry plain
    // UTF-8 ("–", "é") rather than numeric escapes; markup characters are still escaped.
    private readonly ServiceProvider services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();
    // One writer for every page this renderer makes: growing a new one page by page was a large
    // share of what laying out allocated.
    private readonly StringWriter page = new(new StringBuilder(128 * 1024), CultureInfo.InvariantCulture);
    private HtmlRenderer renderer;
    private long renderedCharacters;

    public ThemeRenderer() => renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);

    public async Task<string> RenderAsync(PageView view)
    {
        if (renderedCharacters > CharactersPerRenderer)
        {
            await renderer.DisposeAsync();
            renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
            renderedCharacters = 0;
        }

        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PageLayout.View)] = view });
            var output = await renderer.RenderComponentAsync<PageLayout>(parameters);
            page.GetStringBuilder().Clear();
            output.WriteHtmlTo(page);
            renderedCharacters += page.GetStringBuilder().Length;
            return page.ToString();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
        await page.DisposeAsync();
    }
}
