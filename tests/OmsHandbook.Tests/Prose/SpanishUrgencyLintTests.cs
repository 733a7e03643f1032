using OmsHandbook.Content;
using OmsHandbook.ContentLint;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;

namespace OmsHandbook.Tests.Prose;

/// <summary>In a Spanish edition, sentences that tell the reader to call or go somewhere use the Spanish scale's words; other sentences are left alone.</summary>
[Trait("Tier", "Unit")]
public sealed class SpanishUrgencyLintTests
{
    private static readonly SourceLocation Here = new("chapters/03-ayuda.md", 7, 1);

    // The scale in input/es/site.yml.
    private static readonly UrgencyScale Scale = new(
    [
        new("emergency", "Llame ahora al número de emergencias de su país"),
        new("urgent", "Llame ahora al teléfono de 24 horas de su equipo médico"),
        new("urgent", "Consiga hoy una cita con un médico, o vaya a urgencias"),
        new("urgent", "Llame hoy a su equipo médico"),
        new("non-urgent", "Llame a su equipo médico en los próximos días"),
        new("non-urgent", "Coménteselo a su equipo en la próxima cita"),
    ]);

    private static IReadOnlyList<Diagnostic> Lint(string text, ProseLanguage language = ProseLanguage.Spanish)
    {
        var diagnostics = new DiagnosticBag();
        UrgencyLint.Check([ProseBlock.Plain(ProseKind.Paragraph, text, Here)], Scale, language, diagnostics);
        return diagnostics.Sorted().ToList();
    }

    [Theory]
    [InlineData("Si su hijo tiene fiebre, llame enseguida a su equipo.", "llame enseguida a")]
    [InlineData("Llame al 112 si no respira bien.", "Llame al")]
    [InlineData("Llamen a una ambulancia y no lo muevan.", "Llamen a")]
    [InlineData("Si le preocupa, contacte con su equipo cuanto antes.", "contacte con")]
    [InlineData("Póngase en contacto con el hospital si la erupción se extiende.", "Póngase en contacto con")]
    [InlineData("Si no puede hablar con ellos, vaya a urgencias.", "vaya a urgencias")]
    [InlineData("Si empeora, acuda al hospital más cercano.", "acuda al hospital")]
    [InlineData("Lleve a su hijo a urgencias si tiene una convulsión.", "Lleve a su hijo a urgencias")]
    [InlineData("Si cree que está teniendo una convulsión, busque ayuda médica.", "busque ayuda médica")]
    [InlineData("¡Pida ayuda urgente!", "Pida ayuda urgente")]
    [InlineData("Debe llamar a su médico en una semana.", "llamar a")]
    [InlineData("Hay que acudir a urgencias si el niño no despierta.", "acudir a urgencias")]
    [InlineData("Después de la IGIV, llame a su enfermera o a su médico.", "llame a")]
    public void An_instruction_in_words_off_the_scale_is_a_warning_at_its_verb(string text, string flagged)
    {
        var warning = Assert.Single(Lint(text));
        Assert.Equal(DiagnosticCodes.UrgencyOffScale, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((7, 1 + text.IndexOf(flagged, StringComparison.Ordinal)), (warning.Location.Line, warning.Location.Column));
        Assert.StartsWith($"'{flagged}' tells the reader", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'Llame ahora al número de emergencias de su país'", warning.Message, StringComparison.Ordinal);
    }

    // Most of these are sentences of the real Spanish handbook.
    [Theory]
    [InlineData("Si cree que su hijo está teniendo una convulsión, llame ahora al número de emergencias de su país.")]
    [InlineData("Si sus síntomas vuelven o empeoran, llame hoy a su equipo médico.")]
    [InlineData("¿No está seguro de si es sepsis? Consiga hoy una cita con un médico, o vaya a urgencias.")]
    [InlineData("Si su hijo recibe quimioterapia, la fiebre también significa que debe llamar ahora al teléfono de 24 horas de su equipo médico.")]
    [InlineData("Los médicos lo llaman opsoclono.")]
    [InlineData("En España se suele llamar logopedia, y en muchos países de América Latina, fonoaudiología.")]
    [InlineData("El equipo le llamará para darle los resultados.")]
    [InlineData("Pregunte al equipo quién es su contacto principal. Así sabrá a quién llamar si algo le preocupa.")]
    [InlineData("¿A quién debemos llamar si aparecen problemas nuevos años después?")]
    [InlineData("¿Debo llevar a mi hijo a urgencias?")]
    [InlineData("Sepa a qué número llamar de día y a cuál de noche.")]
    [InlineData("No espere a la mañana ni a que abra la consulta para llamar.")]
    [InlineData("Llame primero por teléfono, antes de ir al centro de salud o al hospital.")]
    [InlineData("Los servicios de ambulancias aconsejan llamar al número de emergencias.")]
    [InlineData("Su hijo puede ir al hospital unos días para recibir tratamiento.")]
    [InlineData("Lleve el diario a todas las consultas.")]
    [InlineData("Consulte la página oficial, o pida ayuda a un servicio de asesoramiento.")]
    [InlineData("Cuando lea sobre el SOM, busque: el nombre de la persona que escribió la página.")]
    public void Ordinary_sentences_and_sentences_in_the_scales_words_are_left_alone(string text) =>
        Assert.Empty(Lint(text));

    [Fact]
    public void English_instructions_are_looked_for_only_in_an_english_edition()
    {
        Assert.Empty(Lint("Contact the team straight away."));
        Assert.Single(Lint("Contact the team straight away.", ProseLanguage.English));
        Assert.Empty(Lint("Vaya a urgencias.", ProseLanguage.English));
    }
}
