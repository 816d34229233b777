namespace InfoBladPublisher.Diagnostics;

/// <summary>The language messages are shown in: Dutch for the editors, English on request (<c>--lang en</c>).</summary>
public enum Language
{
    Nl,
    En,
}
