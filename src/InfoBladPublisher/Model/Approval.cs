namespace InfoBladPublisher.Model;

/// <summary>Who approved a document and when (geaccordeerd_door, geaccordeerd_op); recorded in the manifest.</summary>
internal sealed record Approval(string Door, DateOnly Op);
