/** Demo data for a first start on the embedded defaults: past deals that went through review. */
package dev.signoff.demo;
