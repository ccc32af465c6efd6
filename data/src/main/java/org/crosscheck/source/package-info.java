/** Sources: importing articles from files, cleaning them, and their metadata. */
package org.crosscheck.source;
