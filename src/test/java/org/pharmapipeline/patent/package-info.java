/**
 * A tenth collection that exists only in tests, to show that a collection is its own package plus
 * one registration: patents of product candidates. Its beans are built only when the build property
 * {@value org.pharmapipeline.patent.PatentsRegistered#PROPERTY} is {@code registered} ({@link
 * org.pharmapipeline.patent.PatentsRegistered}, a test profile), so every other test sees the
 * service exactly as it ships; its tables come from {@code db/testing}, a migration location of the
 * test profile.
 */
package org.pharmapipeline.patent;
