namespace OmsHandbook.Readability;

/// <summary>
/// The INFLESZ scale, on which a Szigriszt-Pazos index is read for Spanish health texts. Barrio-Cantalejo
/// and colleagues set its bands against 210 publications read in Spain (I.M. Barrio-Cantalejo et al.,
/// "Validación de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes",
/// Anales del Sistema Sanitario de Navarra 2008;31(2):135-152,
/// http://scielo.isciii.es/scielo.php?pid=S1137-66272008000300004&amp;script=sci_arttext).
/// </summary>
public static class Inflesz
{
    /// <summary>
    /// The band an index falls in. The paper's bands share their edges (40-55, 55-65); an edge belongs
    /// to the easier band, so a page at a floor of 55 is "normal", as the floor means.
    /// </summary>
    public static string Band(double index) => index switch
    {
        < 40 => "muy difícil",
        < 55 => "algo difícil",
        < 65 => "normal",
        < 80 => "bastante fácil",
        _ => "muy fácil",
    };
}
