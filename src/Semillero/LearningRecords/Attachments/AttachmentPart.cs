namespace Semillero.LearningRecords.Attachments;

// One attachment's raw bytes as a multipart/mixed request carried them.
public sealed record AttachmentPart(string ContentType, byte[] Content);
