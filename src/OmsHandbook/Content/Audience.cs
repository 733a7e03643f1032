namespace OmsHandbook.Content;

/// <summary>Who a page is written for; decides its label and its schema.org audience.</summary>
public enum Audience
{
    Everyone,
    Families,
    Clinicians,
}
