/**
 * Finding quoted words in a text, exactly or approximately; used by AnnotationService
 * only.
 */
package org.crosscheck.annotation.internal;
