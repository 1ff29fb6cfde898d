/**
 * Contract documents: reading uploaded files safely, extracting their text, keeping the originals.
 */
package dev.signoff.contract;
