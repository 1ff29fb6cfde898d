package dev.signoff.contract;

/** The original bytes of a contract file as uploaded. */
public record OriginalFile(String fileName, String mediaType, byte[] content) {}
