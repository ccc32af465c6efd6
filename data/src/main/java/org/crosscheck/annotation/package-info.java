/**
 * Annotations: spans of a source anchored as W3C Web Annotations do, re-anchored honestly
 * when the text changes.
 */
package org.crosscheck.annotation;
